interface YearFilterProps {
  startYear: number;
  endYear: number;
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

/** Two year pickers, each bounded by the dataset's range and by the other. */
export function YearFilter({ startYear, endYear, from, to, onChange }: YearFilterProps) {
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const fromValue = from ?? startYear;
  const toValue = to ?? endYear;
  // The range's own edges mean "no limit", which keeps links short.
  const norm = (f: number, t: number) =>
    onChange(f === startYear ? undefined : f, t === endYear ? undefined : t);
  return (
    <div className="year-filter">
      <label>
        <span>From year</span>
        <select value={fromValue} onChange={(e) => norm(Number(e.currentTarget.value), toValue)}>
          {years.map((year) => (
            <option key={year} value={year} disabled={year > toValue}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>To year</span>
        <select value={toValue} onChange={(e) => norm(fromValue, Number(e.currentTarget.value))}>
          {years.map((year) => (
            <option key={year} value={year} disabled={year < fromValue}>
              {year}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
