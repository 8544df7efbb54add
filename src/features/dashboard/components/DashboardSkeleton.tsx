/** Placeholders of the final layout's size, so nothing jumps when the figures arrive. */
export function DashboardSkeleton() {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Đang tải số liệu">
      <div className="skeleton__heading" />
      <div className="key-row">
        <div className="panel skeleton__panel" />
        <div className="panel skeleton__panel" />
      </div>
      <div className="tiles">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="tile skeleton__tile" />
        ))}
      </div>
    </div>
  );
}
