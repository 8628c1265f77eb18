/** Site-wide settings that are not translations. */

/**
 * Where quick exit goes. GOV.UK's "Exit this page" uses BBC Weather: a busy, neutral,
 * non-personalised page that looks ordinary in anyone's history.
 */
export const quickExitUrl = 'https://www.bbc.co.uk/weather';

/** The pages every footer links to, by slug. */
export const footerSlugs = {
  directory: 'directory',
  saferBrowsing: 'safer-browsing',
  privacy: 'privacy',
  accessibility: 'accessibility',
  emergency: 'emergency',
} as const;

/** The three doors on the home page, each to a hub page by slug. */
export const doors = [
  { key: 'survivor', slug: 'help-for-you' },
  { key: 'self', slug: 'your-behaviour' },
  { key: 'someoneElse', slug: 'someone-else' },
] as const;
