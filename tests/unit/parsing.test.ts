import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/load/parseCsv.ts";
import { parseDate } from "../../src/schemas/parseDate.ts";

describe("parseCsv(text, file)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and CRLF endings", () => {
    const { header, records } = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n', "f.csv");
    expect(header).toEqual(["a", "b"]);
    expect(records).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
    ]);
  });

  it("counts lines inside quoted fields when reporting a later record", () => {
    expect(() => parseCsv('a,b\n"1\n2",3\n4\n', "f.csv")).toThrow("f.csv:4: expected 2 fields (a, b), found 1");
  });

  it("ignores blank lines and a missing final newline", () => {
    expect(parseCsv("a\n1\n\n2", "f.csv").records.map((r) => r.cells[0])).toEqual(["1", "2"]);
  });

  it("fails on an empty file", () => {
    expect(() => parseCsv("", "f.csv")).toThrow("f.csv: expected a header row, found an empty file");
  });
});

describe("parseDate(text)", () => {
  it("keeps the precision the source gives", () => {
    expect(parseDate("2018")).toEqual({ iso: "2018", precision: "year" });
    expect(parseDate("2018-08")).toEqual({ iso: "2018-08", precision: "month" });
    expect(parseDate("2018-08-28")).toEqual({ iso: "2018-08-28", precision: "day" });
  });

  it("rejects impossible months and days, and other formats", () => {
    for (const bad of ["2018-13", "2019-02-29", "2018-04-31", "28/08/2018", "Aug 2018", ""])
      expect(parseDate(bad)).toBeUndefined();
    expect(parseDate("2020-02-29")?.precision).toBe("day");
  });
});
