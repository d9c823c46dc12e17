"""Evaluation: ROUGE against reference summaries, in the DUC convention."""
