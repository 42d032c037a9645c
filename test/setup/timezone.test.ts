// Guards the premise of the two unit projects: each really runs in its own zone.
test("the project's time zone is in force", () => {
  const offsetMinutes = new Date(Date.UTC(2013, 9, 31)).getTimezoneOffset();
  const expected: Record<string, number> = { "Asia/Tokyo": -540, "America/Los_Angeles": 420 };
  expect(offsetMinutes).toBe(expected[process.env.TZ ?? ""]);
});
