/**
 * Check digits of the health numbers the detectors look for. Each takes the digits only (callers strip
 * separators) and says whether the last digit is the scheme's check digit over the others.
 */

const digitsOf = (input: string) => input.replace(/\D/g, '');

/**
 * Modulus 11 over the first nine digits with weights 10 down to 2 (NHS numbers in England and Wales,
 * CHI numbers in Scotland and Health and Care numbers in Northern Ireland all use it). A remainder
 * that would need a check digit of 10 means the number was never issued.
 */
export function isValidMod11(input: string): boolean {
  const digits = digitsOf(input);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** NHS numbers (and CHI and H&C numbers, which share the check). */
export const isValidNhsNumber = (input: string) => isValidMod11(input);

/**
 * A CHI number starts with the holder's date of birth as DDMMYY; the check digit is modulus 11 as
 * for NHS numbers.
 */
export function isValidChiNumber(input: string): boolean {
  const digits = digitsOf(input);
  if (!isValidMod11(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  // The century is not written: a day that exists in either 19YY or 20YY is a possible birth date.
  return isRealDate(day, month, 1900 + year) || isRealDate(day, month, 2000 + year);
}

/** Northern Ireland's Health and Care numbers are issued from 320 000 0000 to 399 999 9999. */
export function isValidHcNumber(input: string): boolean {
  const digits = digitsOf(input);
  const head = Number(digits.slice(0, 3));
  return head >= 320 && head <= 399 && isValidMod11(digits);
}

/** The Luhn (modulus 10) check: Ontario health card numbers and Alberta personal health numbers. */
export function isValidLuhn(input: string): boolean {
  const digits = digitsOf(input);
  if (digits.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Ontario health card numbers: ten digits, the last a Luhn check digit over the first nine. */
export const isValidOntarioHealthNumber = (input: string) => /^\d{10}$/.test(digitsOf(input)) && isValidLuhn(input);

/** Alberta personal health numbers: nine digits with a Luhn check digit. */
export const isValidAlbertaPhn = (input: string) => /^\d{9}$/.test(digitsOf(input)) && isValidLuhn(input);

/**
 * British Columbia personal health numbers: ten digits starting with 9; digits two to nine weighted
 * 2, 4, 8, 5, 10, 9, 7, 3 (each product taken modulo 11), and the check digit is 11 minus the sum
 * modulo 11.
 */
export function isValidBcPhn(input: string): boolean {
  const digits = digitsOf(input);
  if (!/^9\d{9}$/.test(digits)) return false;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (Number(digits[i + 1]) * (weights[i] ?? 0)) % 11;
  const check = 11 - (sum % 11);
  return check < 10 && check === Number(digits[9]);
}

/** A day that exists in the calendar (1900 to 2100). */
export function isRealDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (year < 1850 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
