/** A story's date as a <time>, or a plain statement that the research recorded none. */
export function StoryDate({ date }: { date: string | null }) {
  return date ? <time dateTime={date}>{date}</time> : <span>date not recorded</span>;
}
