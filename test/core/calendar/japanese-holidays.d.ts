// The rule-based holiday package used as an independent oracle in the calendar tests.
declare module "japanese-holidays" {
  export function getHolidaysOf(year: number, furikae?: boolean): { month: number; date: number; name: string }[];
}
