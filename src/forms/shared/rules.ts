/**
 * The field rules both forms share. Each returns a yup schema whose messages are
 * i18n keys (see messages.ts), so one definition serves the Formik island and the server.
 */
import { array, mixed, string, type StringSchema } from 'yup';
import { message } from './messages.ts';

/** Line breaks in a one-line field are how header injection starts; refuse them. */
const noLineBreaks = /^[^\r\n]*$/;

export function singleLine(max: number): StringSchema<string | undefined> {
  return string()
    .trim()
    .max(max, message('tooLong', { max }))
    .matches(noLineBreaks, { message: message('lineBreak'), excludeEmptyString: true });
}

export function multiLine(max: number): StringSchema<string | undefined> {
  return string().trim().max(max, message('tooLong', { max }));
}

export function requiredLine(max: number) {
  return singleLine(max).required(message('required'));
}

export function choice<const T extends readonly string[]>(values: T) {
  return string()
    .oneOf([...values, ''], message('choose'))
    .default('') as unknown as StringSchema<T[number] | '' | undefined>;
}

export function requiredChoice<const T extends readonly string[]>(values: T) {
  return string()
    .required(message('choose'))
    .oneOf([...values], message('choose')) as unknown as StringSchema<T[number]>;
}

/** Checkbox groups: urlencoded posts send one value, several, or none. */
export function choices<const T extends readonly string[]>(values: T) {
  return array()
    .transform((value: unknown, original: unknown) => (typeof original === 'string' ? [original] : value))
    .of(
      string()
        .oneOf([...values], message('choose'))
        .required(),
    )
    .default([]);
}

/** A UK phone number as people write it: digits, spaces, brackets, +44. */
export function phoneNumber() {
  return singleLine(20).matches(/^(\+44\s?|0)[\d\s()-]{9,16}$/, { message: message('phone'), excludeEmptyString: true });
}

export function emailAddress() {
  return singleLine(254).email(message('email'));
}

/** A date typed as YYYY-MM-DD (the value of <input type="date">). */
export function isoDate() {
  return singleLine(10)
    .matches(/^\d{4}-\d{2}-\d{2}$/, { message: message('date'), excludeEmptyString: true })
    .test('real-date', message('date'), (value) => {
      if (!value) return true;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    });
}

/** A date of birth: a real date, not after today and not more than 120 years ago. */
export function birthDate() {
  return isoDate().test(
    'not-future',
    message('date'),
    (value) => !value || (ageOn(value, new Date()) >= 0 && ageOn(value, new Date()) < 120 && value <= new Date().toISOString().slice(0, 10)),
  );
}

/** Whole years between a YYYY-MM-DD birth date and today. */
export function ageOn(birthDate: string, today: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - year;
  if (today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)) age -= 1;
  return age;
}

/**
 * The honeypot's name: nothing a browser's autofill or a password manager would fill
 * ("website", its old name, was one), so only a bot that fills every box puts a value in it.
 */
export const honeypotField = 'leave_this_blank';

/** The honeypot: a field people never see. Bots fill it; any value marks the post as a bot's. */
export const honeypot = () => mixed().optional();
