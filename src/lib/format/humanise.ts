/** A readable label for a term id until it has one of its own: "medical-student" -> "Medical student". */
export function humanise(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
