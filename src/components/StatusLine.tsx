interface StatusLineProps {
  shown: number;
  total: number;
}

/** "N of M events": the one live count of what passes the filters (the zoom doesn't change it). */
export function StatusLine({ shown, total }: StatusLineProps) {
  return (
    <p role="status" className="status-line">
      {shown} of {total} events
    </p>
  );
}
