/** The Excel error a custom function throws: its code and message. Fails when it answers instead. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as { code: string; message: string };
  }
  throw new Error("expected an Excel error");
}
