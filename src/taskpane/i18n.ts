/**
 * Every string the task pane shows, in English and Japanese. The Japanese dictionary is typed
 * as the English one, so a string missing from either fails `tsc`. Domain messages (template
 * labels, validation, key results) come from src/templates in the chosen language already.
 */
import type { Language } from "../plan/plan";
import type { OtherAdjustment, SplitDisagreement } from "./import/adjustmentFactors";
import type { CsvEncoding } from "./import/decode";
import type { FileProblem, RowProblem } from "./import/problems";

const ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  "utf-8": "UTF-8",
  shift_jis: "Shift_JIS",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
};

/** Line numbers for a message: the first few, then how many more. */
const listed = (lines: readonly number[]) =>
  lines.length <= 5 ? lines.join(", ") : `${lines.slice(0, 5).join(", ")} … (${lines.length})`;

/** Bytes in MiB, one decimal: "64", "71.3". */
const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

const en = {
  appTitle: "Merger worksheets",
  appSubtitle: "Build a live allotment worksheet for an absorption-type merger.",
  language: "Language",
  outsideExcelTitle: "Not running in Excel",
  outsideExcelBody:
    "This page is open outside Excel, so it cannot write to a workbook. You can still preview what a template builds: " +
    "Build preview writes it into an in-memory workbook and shows the computed cells below.",
  outsideExcelNoPreview:
    "This page is open outside Excel, so it cannot write to a workbook. Open the add-in in Excel to build a worksheet " +
    "(the preview is part of development builds only).",
  template: "Template",
  loadTemplate: "Load from a JSON file…",
  templateLoaded: (title: string) => `Loaded the template “${title}”.`,
  templateRefused: "The template file was refused; nothing was written.",
  notJson: (detail: string) => `The file is not valid JSON: ${detail}`,
  inputs: "Inputs",
  yes: "Yes",
  no: "No",
  chooseOption: "Choose…",
  tableRows: (count: number) => (count === 1 ? "1 row" : `${count} rows`),
  tableEmpty: "No rows yet: import a CSV file, or leave it empty and paste into the sheet later.",
  tableMoreRows: (count: number) => `… and ${count} more`,
  importReading: (file: string) => `Reading ${file}…`,
  importCsv: "Import CSV…",
  clearRows: "Clear",
  importPriceHelp:
    "Date and close, optionally volume and turnover; UTF-8 or Shift_JIS; English or Japanese headers (日付, 終値, 出来高, 売買代金); " +
    "also J-Quants, STOCKHISTORY, unadjusted Bloomberg or Capital IQ.",
  importRegisterHelp:
    "Holder and shares, optionally surviving-company shares already held; UTF-8 or Shift_JIS; English or Japanese headers (株主名, 所有株式数).",
  imported: (file: string, rows: number, encoding: CsvEncoding) =>
    `Read ${rows === 1 ? "1 row" : `${rows} rows`} from ${file} (${ENCODING_NAMES[encoding]}).`,
  importRefusedTitle: (count: number) => (count === 1 ? "1 row refused" : `${count} rows refused`),
  importFailed: (file: string) => `Nothing was imported from ${file}.`,
  splitsFilled: (count: number) =>
    `Splits table filled from the file's adjustment factors (${count} split${count === 1 ? "" : "s"}).`,
  splitsDisagreeTitle: "The file and the splits table disagree; the table is kept",
  splitDisagreement: (d: SplitDisagreement): string =>
    d.kind === "otherFactor"
      ? `${d.date}: the file's factor is ${d.file}, the table's ${d.typed}.`
      : `${d.date}: factor ${d.factor} is not in the ${d.kind === "notTyped" ? "table" : "file"}.`,
  otherAdjustment: (o: OtherAdjustment) =>
    `Adjusted closes on ${o.days} days (${o.first} … ${o.last}) differ by more than the splits (a dividend?): not applied; the unadjusted closes are used.`,
  /** A row of a table input, counted from 1. */
  row: (row: number) => `Row ${row}`,
  /** A line of an imported file, the header being line 1. */
  line: (line: number) => `Line ${line}`,
  rowProblem: (problem: RowProblem): string => {
    switch (problem.kind) {
      case "badDate":
        return `“${problem.value}” is not a date (write 2013-10-31, 2013/10/31, 2013年10月31日 or 平成25年10月31日).`;
      case "outsideEra":
        return problem.message;
      case "notASession":
        return `${problem.value} is ${problem.closure.en}, not a TSE session: are the dates shifted?`;
      case "duplicateDate":
        return `${problem.value} appears again; line ${problem.firstLine} already has it.`;
      case "turnoverBelowVolume":
        return (
          `${problem.value}: turnover ${problem.turnover} is below the volume ${problem.volume}, but no TSE price is ` +
          "below ¥1. Are the turnover and volume columns swapped?"
        );
      case "notANumber":
        return `${problem.column}: “${problem.value}” is not a number.`;
      case "exponent":
        return (
          `${problem.column}: “${problem.value}” is in exponent form, which Excel writes after rounding a wide number; ` +
          "format the column as a number (no decimals lost) and save the CSV again."
        );
      case "roundsToZero":
        return `${problem.column}: ${problem.value} is so small that Excel would hold it as 0.`;
      case "beyondExact":
        return `${problem.column}: ${problem.value} is beyond 9,007,199,254,740,992, past what Excel holds exactly.`;
      case "notPositive":
        return `${problem.column}: ${problem.value} must be above zero.`;
      case "negative":
        return `${problem.column}: ${problem.value} is negative.`;
      case "notWhole":
        return `${problem.column}: ${problem.value} is not a whole number.`;
      case "missingHolder":
        return "The holder's name is empty.";
      case "duplicateHolder":
        switch (problem.by) {
          case "number":
            return `Shareholder number “${problem.value}” is also on line ${problem.firstLine}: one holder; put the holdings on one line (CA 234 counts fractions per holder).`;
          case "nameAndAddress":
            return `“${problem.value}” at the same address is also on line ${problem.firstLine}: one person; put the holdings on one line (CA 234 counts fractions per holder).`;
          case "name":
            return (
              `“${problem.value}” is also on line ${problem.firstLine}. One person: put the holdings on one line (CA 234 counts ` +
              "fractions per holder). Two people of one name: add an address or shareholder number column to tell them apart."
            );
        }
        break;
      case "tooFewFields":
        return `Only ${problem.found} of ${problem.expected} columns.`;
      case "malformedQuotes":
        return "A quotation mark is not closed.";
    }
  },
  fileProblem: (problem: FileProblem): string => {
    switch (problem.kind) {
      case "empty":
        return "The file is empty.";
      case "mixedEncodings":
        return (
          `The file mixes encodings: lines ${listed(problem.utf8Lines)} are UTF-8, lines ${listed(problem.shiftJisLines)} ` +
          "Shift_JIS (two files pasted together?). Save it again in one encoding."
        );
      case "noRows":
        return "The file has a header but no rows.";
      case "noHeader":
        return (
          `No header row names the columns ${problem.required.join(", ")}. ` +
          `The file starts with: ${problem.firstRow.join(" | ")}`
        );
      case "tooLarge":
        return `The file is ${megabytes(problem.bytes)} MB; files up to ${megabytes(problem.limit)} MB are read. Split it, or paste the rows into the sheet.`;
      case "tooManyRows":
        return `The file has more than ${problem.limit.toLocaleString("en-US")} rows, more than an Excel sheet holds.`;
      case "pastLastRow":
        return `The file has ${problem.rows.toLocaleString("en-US")} rows; at most ${problem.fit.toLocaleString("en-US")} fit on the sheet above Excel's last row (1,048,576), with the rest of the sheet.`;
      case "incompleteRegister":
        return (
          `${problem.refused.length === 1 ? "1 line needs" : `${problem.refused.length} lines need`} fixing in the file ` +
          `(below); the other ${problem.read.toLocaleString("en-US")} were read. A register is imported whole: a line ` +
          "left out would leave the allotment short. Fix the file and import it again."
        );
    }
  },
  welcome: "Welcome",
  welcomeAndHelp: "Welcome and help",
  welcomeLines: [
    "Builds worksheets for mergers, share exchanges and share transfers.",
    "Every figure is a live formula: MERGER.* functions compute them exactly.",
    "Fill in the form or import CSV, then build; your sheets are never touched.",
  ],
  openExample: "Open the 2013 example",
  tryFunction: "Try a function",
  showHelp: "Help",
  closeWelcome: "Start",
  functionReference: "Functions",
  functionsUnavailable: "The function list could not be read.",
  troubleshooting: "Troubleshooting",
  troubles: [
    ["#NAME?", "The functions are not loaded (yet): check the add-in is loaded, then press Ctrl+Alt+F9."],
    ["#BUSY!", "Still calculating; if it never ends, the pane and functions do not share one runtime."],
    ["Certificates", "The dev server's certificate must be trusted: npx office-addin-dev-certs install."],
    ["Shared runtime", "Functions and pane share one runtime: closing the pane keeps the functions."],
  ] as readonly (readonly [string, string])[],
  keyResults: "Key results",
  keyResultsNote: "The figures the template marks as key, read from the sheet just built.",
  keyResultsUnavailable: "Build the sheet to see its key results here.",
  fixInputs: (count: number) =>
    count === 1
      ? "Fix the input marked in red before building."
      : `Fix the ${count} inputs marked in red before building.`,
  build: "Build worksheet",
  buildPreview: "Build preview",
  building: "Building…",
  loadingPreviewEngine: "Loading the formula engine for the preview…",
  progress: (written: number, total: number) =>
    `${written.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} cells written`,
  builtTitle: "Built",
  built: (sheet: string, cells: number) =>
    `The sheet “${sheet}” was written (${cells.toLocaleString("en-US")} cells). Its results are live formulas.`,
  buildFailedTitle: "The build failed",
  cleanedUp: "The workbook is as it was before the build.",
  notCleanedUp: "The half-built sheet could not be removed: delete it by hand.",
  copyAsValues: "Copy as values",
  copyAsValuesNote:
    "A new sheet with every MERGER result as a value, for people who open the workbook without the add-in. The built sheet stays as it is.",
  copying: "Copying…",
  copiedTitle: "Copied as values",
  copied: (sheet: string) =>
    `The sheet “${sheet}” holds the results as values, stamped with today's date and the add-in's version.`,
  copyFailedTitle: "The copy failed",
  manualCalculationTitle: "Excel calculates manually",
  manualCalculation:
    "The new sheet was calculated once, but its results will not follow changes until you press F9, or choose Formulas → Calculation Options → Automatic.",
  previewTitle: (sheet: string) => `Preview: ${sheet}`,
  previewNote: "Computed values of the in-memory workbook. Hover over a cell to see its formula.",
  previewRowsSkipped: (first: number, last: number) =>
    `Rows ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} are not shown here; the sheet has them all.`,
  previewSheets: "Sheet",
};

export type Messages = typeof en;

const ja: Messages = {
  appTitle: "合併ワークシート",
  appSubtitle: "吸収合併の割当計算シートを、数式が生きたまま作成します。",
  language: "言語",
  outsideExcelTitle: "Excel の外で開いています",
  outsideExcelBody:
    "このページは Excel の外で開かれているため、ブックには書き込めません。テンプレートが作るシートはプレビューできます。" +
    "「プレビューを作成」でメモリ上のブックに書き込み、計算されたセルを下に表示します。",
  outsideExcelNoPreview:
    "このページは Excel の外で開かれているため、ブックには書き込めません。ワークシートを作成するには Excel でアドインを開いてください" +
    "（プレビューは開発用ビルドにのみ含まれます）。",
  template: "テンプレート",
  loadTemplate: "JSON ファイルから読み込む…",
  templateLoaded: (title) => `テンプレート「${title}」を読み込みました。`,
  templateRefused: "テンプレート ファイルを受け付けませんでした。何も書き込んでいません。",
  notJson: (detail) => `JSON として読めないファイルです: ${detail}`,
  inputs: "入力",
  yes: "はい",
  no: "いいえ",
  chooseOption: "選択…",
  tableRows: (count) => `${count} 行`,
  tableEmpty: "まだ行がありません。CSV を読み込むか、空のまま作成して後でシートに貼り付けてください。",
  tableMoreRows: (count) => `…ほか ${count} 行`,
  importReading: (file) => `${file} を読み込んでいます…`,
  importCsv: "CSV を読み込む…",
  clearRows: "クリア",
  importPriceHelp:
    "日付と終値（出来高・売買代金は任意）。UTF-8 または Shift_JIS、見出しは日本語・英語のどちらでも可。" +
    "J-Quants・STOCKHISTORY・調整前の Bloomberg／Capital IQ も可。",
  importRegisterHelp:
    "株主名と所有株式数（存続会社株式数は任意）。UTF-8 または Shift_JIS、見出しは日本語・英語のどちらでも可。",
  imported: (file, rows, encoding) => `${file} から ${rows} 行を読み込みました（${ENCODING_NAMES[encoding]}）。`,
  importRefusedTitle: (count) => `${count} 行を読み込みませんでした`,
  importFailed: (file) => `${file} からは何も読み込んでいません。`,
  splitsFilled: (count) => `調整係数から分割・併合の表を埋めました（${count} 件）。`,
  splitsDisagreeTitle: "ファイルと分割・併合の表が一致しません（表のまま使います）",
  splitDisagreement: (d) =>
    d.kind === "otherFactor"
      ? `${d.date}：ファイルの比率は ${d.file}、表は ${d.typed}。`
      : `${d.date}：比率 ${d.factor} が${d.kind === "notTyped" ? "表" : "ファイル"}にありません。`,
  otherAdjustment: (o) =>
    `${o.days} 日（${o.first}～${o.last}）の調整後終値は分割・併合で説明できません（配当の調整？）。適用せず調整前の終値を使います。`,
  row: (row) => `${row} 行目`,
  line: (line) => `ファイルの ${line} 行目`,
  rowProblem: (problem) => {
    switch (problem.kind) {
      case "badDate":
        return `「${problem.value}」は日付ではありません（2013-10-31、2013/10/31、2013年10月31日、平成25年10月31日 の形で）。`;
      case "outsideEra":
        return `「${problem.value}」はその元号の期間外の日付です。元号と年を確かめてください。`;
      case "notASession":
        return `${problem.value} は${problem.closure.ja}で、東証の取引日ではありません。日付がずれていませんか。`;
      case "duplicateDate":
        return `${problem.value} が重複しています（${problem.firstLine} 行目と同じ日付）。`;
      case "turnoverBelowVolume":
        return `${problem.value}: 売買代金 ${problem.turnover} が出来高 ${problem.volume} を下回っています（株価は1円以上）。売買代金と出来高の列が入れ替わっていませんか。`;
      case "notANumber":
        return `${problem.column}: 「${problem.value}」は数値ではありません。`;
      case "exponent":
        return `${problem.column}: 「${problem.value}」は指数表記です。Excel は幅の広い数値を丸めてこの形で書き出します。列を数値の書式にして CSV を保存し直してください。`;
      case "roundsToZero":
        return `${problem.column}: ${problem.value} は小さすぎて Excel では 0 になります。`;
      case "beyondExact":
        return `${problem.column}: ${problem.value} は 9,007,199,254,740,992 を超え、Excel で正確に保持できません。`;
      case "notPositive":
        return `${problem.column}: ${problem.value} は 0 より大きい値にしてください。`;
      case "negative":
        return `${problem.column}: ${problem.value} は負の値です。`;
      case "notWhole":
        return `${problem.column}: ${problem.value} は整数ではありません。`;
      case "missingHolder":
        return "株主名が空です。";
      case "duplicateHolder":
        switch (problem.by) {
          case "number":
            return `株主番号「${problem.value}」は ${problem.firstLine} 行目にもあります。同一株主の保有は 1 行にまとめてください（会社法234条は端数を株主ごとに数えます）。`;
          case "nameAndAddress":
            return `同じ住所の「${problem.value}」が ${problem.firstLine} 行目にもあります。同一人の保有は 1 行にまとめてください（会社法234条は端数を株主ごとに数えます）。`;
          case "name":
            return `「${problem.value}」は ${problem.firstLine} 行目にもあります。同一人なら保有を 1 行にまとめ（会社法234条は端数を株主ごとに数えます）、同姓同名の別人なら住所か株主番号の列を加えて区別してください。`;
        }
        break;
      case "tooFewFields":
        return `列が ${problem.expected} 列必要なところ ${problem.found} 列しかありません。`;
      case "malformedQuotes":
        return "引用符が閉じていません。";
    }
  },
  fileProblem: (problem) => {
    switch (problem.kind) {
      case "empty":
        return "ファイルが空です。";
      case "mixedEncodings":
        return `文字コードが混在しています: ${listed(problem.utf8Lines)} 行目は UTF-8、${listed(problem.shiftJisLines)} 行目は Shift_JIS です（2 つのファイルを貼り合わせましたか）。1 つの文字コードで保存し直してください。`;
      case "noRows":
        return "見出し行だけで、データ行がありません。";
      case "noHeader":
        return `列 ${problem.required.join("、")} を示す見出し行が見つかりません。ファイルの先頭: ${problem.firstRow.join(" | ")}`;
      case "tooLarge":
        return `ファイルが ${megabytes(problem.bytes)} MB あります。読み込めるのは ${megabytes(problem.limit)} MB までです。分割するか、行をシートに貼り付けてください。`;
      case "tooManyRows":
        return `ファイルの行数が ${problem.limit.toLocaleString("ja-JP")} 行を超えています。Excel のシートに収まりません。`;
      case "pastLastRow":
        return `ファイルは ${problem.rows.toLocaleString("ja-JP")} 行あります。シートの他の部分とともに Excel の最終行（1,048,576 行）までに収まるのは ${problem.fit.toLocaleString("ja-JP")} 行までです。`;
      case "incompleteRegister":
        return `ファイルの ${problem.refused.length} 行を直す必要があります（下記）。ほかの ${problem.read.toLocaleString("ja-JP")} 行は読めました。株主名簿は全行そろって読み込みます（1 行でも欠けると割当株式数が不足します）。ファイルを直して読み込み直してください。`;
    }
  },
  welcome: "はじめに",
  welcomeAndHelp: "はじめに・ヘルプ",
  welcomeLines: [
    "合併・株式交換・株式移転のワークシートを作成します。",
    "数字はすべて数式です。MERGER.* 関数が正確に計算します。",
    "入力するか CSV を読み込んで作成します。既存のシートには触れません。",
  ],
  openExample: "2013年の事例を開く",
  tryFunction: "関数を試す",
  showHelp: "ヘルプ",
  closeWelcome: "始める",
  functionReference: "関数",
  functionsUnavailable: "関数の一覧を読み込めませんでした。",
  troubleshooting: "トラブルシューティング",
  troubles: [
    ["#NAME?", "関数がまだ読み込まれていません。アドインを確認し、Ctrl+Alt+F9 で再計算してください。"],
    ["#BUSY!", "計算中です。終わらないときは、作業ウィンドウと関数がランタイムを共有していません。"],
    ["証明書", "開発用サーバーの証明書を信頼してください：npx office-addin-dev-certs install"],
    ["共有ランタイム", "関数と作業ウィンドウは1つのランタイムを共有します。ウィンドウを閉じても関数は動きます。"],
  ],
  keyResults: "主な結果",
  keyResultsNote: "テンプレートが主な結果とするセルの値を、作成したシートから読み取ったものです。",
  keyResultsUnavailable: "シートを作成すると、ここに主な結果が表示されます。",
  fixInputs: (count) => `赤で示した ${count} 件の入力を直してから作成してください。`,
  build: "ワークシートを作成",
  buildPreview: "プレビューを作成",
  building: "作成中…",
  loadingPreviewEngine: "プレビュー用の計算エンジンを読み込んでいます…",
  progress: (written, total) =>
    `${total.toLocaleString("ja-JP")} セル中 ${written.toLocaleString("ja-JP")} セルを書き込みました`,
  builtTitle: "作成しました",
  built: (sheet, cells) =>
    `シート「${sheet}」を書き込みました（${cells.toLocaleString("ja-JP")} セル）。結果は数式で計算されます。`,
  buildFailedTitle: "作成できませんでした",
  cleanedUp: "ブックは作成前の状態に戻っています。",
  notCleanedUp: "作りかけのシートを削除できませんでした。手で削除してください。",
  copyAsValues: "値としてコピー",
  copyAsValuesNote:
    "MERGER 関数の結果を値にした新しいシートを作ります。アドインのない人もブックを開いて結果を見られます。作成したシートはそのままです。",
  copying: "コピー中…",
  copiedTitle: "値としてコピーしました",
  copied: (sheet) => `シート「${sheet}」に結果を値で書き込み、今日の日付とアドインのバージョンを記しました。`,
  copyFailedTitle: "コピーできませんでした",
  manualCalculationTitle: "Excel の計算方法が「手動」です",
  manualCalculation:
    "新しいシートは一度計算しましたが、値を変えても F9 キーを押すか、［数式］→［計算方法の設定］→［自動］にするまで結果は更新されません。",
  previewTitle: (sheet) => `プレビュー: ${sheet}`,
  previewNote: "メモリ上のブックで計算した値です。セルにポインターを置くと数式が表示されます。",
  previewRowsSkipped: (first, last) =>
    `${first.toLocaleString("ja-JP")}～${last.toLocaleString("ja-JP")} 行目はここには表示していません（シートにはすべてあります）。`,
  previewSheets: "シート",
};

export const messages: Readonly<Record<Language, Messages>> = { en, ja };

/** Office's display language ("ja-JP", "en-US", …) → the pane's language; Japanese for any ja-*. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("ja") ? "ja" : "en";
}
