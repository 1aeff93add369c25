package io.baobei.filing;

/** One choice in the follower select of Tasklist forms ({@code valuesKey}). */
public record FollowerOption(String label, String value) {
}
