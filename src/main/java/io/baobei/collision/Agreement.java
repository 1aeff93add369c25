package io.baobei.collision;

/** Both reps proposed the same thing (rule C5); {@code splitFirstPercent} only for SPLIT. */
public record Agreement(Resolution resolution, Integer splitFirstPercent) {
}
