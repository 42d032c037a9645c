/**
 * Issue 18: a register with the same holder on two lines imported with the second line dropped,
 * and the build went ahead short. A line is never dropped from what is built: a register with a
 * line refused is not imported at all, and the lines to fix are listed.
 */
import { importShareholderRegister } from "../../../src/taskpane/import/shareholderRegister";

const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));
const holders = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `株主${from + i},${from + i}`);

test("the same name twice, with nothing else to tell them apart: nothing imported, both lines named", () => {
  // 佐藤花子 on lines 5 and 18, as in the issue.
  const lines = ["株主名,所有株式数", ...holders(3), "佐藤花子,100", ...holders(12, 4), "佐藤花子,40"];
  expect(lines.indexOf("佐藤花子,40") + 1).toBe(18);
  const result = importShareholderRegister(csv(lines));
  expect(result).toMatchObject({
    ok: false,
    problem: {
      kind: "incompleteRegister",
      read: 16,
      refused: [{ line: 18, problem: { kind: "duplicateHolder", value: "佐藤花子", firstLine: 5, by: "name" } }],
    },
  });
});

test("a line refused for any reason stops the whole register, never a register short of it", () => {
  const result = importShareholderRegister(csv(["holder,shares", "A,1", "B,12 34", "C,3"]));
  expect(result).toMatchObject({
    ok: false,
    problem: { kind: "incompleteRegister", read: 2, refused: [{ line: 3, problem: { kind: "notANumber" } }] },
  });
});

test("two people of one name at different addresses are two holders; at the same address, one", () => {
  const twoPeople = importShareholderRegister(
    csv(["株主名,住所,所有株式数", "佐藤花子,東京都千代田区1-1,100", "佐藤花子,大阪府大阪市2-2,40"]),
  );
  expect(twoPeople.ok && twoPeople.rows.map((row) => [row.holder, row.shares])).toEqual([
    ["佐藤花子", 100],
    ["佐藤花子", 40],
  ]);
  const onePerson = importShareholderRegister(
    csv(["株主名,住所,所有株式数", "佐藤花子,東京都千代田区1-1,100", "佐藤花子,東京都千代田区１－１ ,40"]),
  );
  expect(onePerson).toMatchObject({
    ok: false,
    problem: { refused: [{ line: 3, problem: { kind: "duplicateHolder", firstLine: 2, by: "nameAndAddress" } }] },
  });
});

test("where the file has shareholder numbers, the number tells holders apart", () => {
  const twoPeople = importShareholderRegister(
    csv(["株主番号,株主名,所有株式数", "0012,佐藤花子,100", "0345,佐藤花子,40"]),
  );
  expect(twoPeople.ok && twoPeople.rows.length).toBe(2);
  const oneHolder = importShareholderRegister(
    csv(["Shareholder number,Holder,Shares", "0012,Sato Hanako,100", "0012,SATO Hanako,40"]),
  );
  expect(oneHolder).toMatchObject({
    ok: false,
    problem: {
      refused: [{ line: 3, problem: { kind: "duplicateHolder", value: "0012", firstLine: 2, by: "number" } }],
    },
  });
});
