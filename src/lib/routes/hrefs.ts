/** The address of each kind of page, from an entry's id (kept free of Astro imports: the citation worker uses them too). */
export const essayHref = (id: string) => `/essays/${id}/`;
export const posterHref = (id: string) => `/posters/${id}/`;
export const referenceHref = (id: string) => `/references/${id}/`;
