// The components a chapter's MDX may use, one barrel: the chapter page passes them all, so MDX files import nothing.
// Each validates its props and fails the build with the tag, what it expected and what it found.
import Fact from "../Fact.astro";
import Chart from "../Chart.astro";
import Table from "../Table.astro";
import TimelineExcerpt from "../TimelineExcerpt.astro";
import InBrief from "../InBrief.astro";
import Term from "../Term.astro";
import Cite from "../Cite.astro";
import SourceList from "../SourceList.astro";

export const mdxComponents = { Fact, Chart, Table, TimelineExcerpt, InBrief, Term, Cite, SourceList };
