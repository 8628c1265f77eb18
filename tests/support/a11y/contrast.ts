/**
 * WCAG 2.2 contrast between two CSS colours as Chromium reports them ("rgb(…)" / "rgba(…)").
 * Used by the focus-state checks: text needs 4.5:1, a focus indicator 3:1 (1.4.3, 1.4.11).
 */
export function parseRgb(css: string): [number, number, number, number] | undefined {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(css);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrast(a: string, b: string): number {
  const first = parseRgb(a);
  const second = parseRgb(b);
  if (!first || !second) throw new Error(`Cannot read colours "${a}" and "${b}"`);
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every colour named in a box-shadow or outline value (fully transparent ones left out). */
export function coloursIn(value: string): string[] {
  return (value.match(/rgba?\([^)]*\)/g) ?? []).filter((colour) => (parseRgb(colour)?.[3] ?? 0) > 0);
}
