"""Reading many sessions: summaries, annotated transcripts, terminal/markdown/HTML, export."""
