// The selection rule lives in load/, where chapters' <TimelineExcerpt> are checked before anything renders.
export { selectEvents, type EventSelection } from "../load/selectEvents.ts";
