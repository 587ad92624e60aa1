"""The example study's own feature (examples/activity-forest.yaml): threads started per week."""

import pandas as pd

from morf_pipeline.custom_features import SessionData


def threads_started(session: SessionData) -> pd.DataFrame:
    """Per learner and feature week, the forum threads they started (original posts)."""
    posts = session.query("thread_starts").dropna(subset=["session_user_id"])
    weeks = session.weeks(posts["post_time"].astype("int64"))
    in_window = (weeks >= 0) & (weeks <= session.n_feature_weeks)
    counts = (
        posts[in_window]
        .assign(week=weeks[in_window])
        .groupby(["session_user_id", "week"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=range(session.n_feature_weeks + 1), fill_value=0)
    )
    counts.columns = [f"week_{week}_threads_started" for week in counts.columns]
    return counts.rename_axis("userID").reset_index()
