import type { LaneMode } from '../layout/assignLanes';

interface LanesControlProps {
  mode: LaneMode | undefined;
  hasGroups: boolean;
  onChange: (mode: LaneMode | undefined) => void;
}

/** Shared lanes, or one labelled lane per person (or per group, where the dataset has groups). */
export function LanesControl({ mode, hasGroups, onChange }: LanesControlProps) {
  return (
    <label className="lanes-control">
      Lanes{' '}
      <select
        value={mode ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as LaneMode | undefined)}
      >
        <option value="">Shared</option>
        <option value="people">One per person</option>
        {hasGroups && <option value="groups">One per group</option>}
      </select>
    </label>
  );
}
