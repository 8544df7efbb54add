/** "ước đạt": the figure was an estimate when the report was written. */
export function EstimateMark() {
  return (
    <span className="estimate-mark" title="Số ước tính tại thời điểm báo cáo">
      ước tính
    </span>
  );
}
