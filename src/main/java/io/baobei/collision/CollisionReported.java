package io.baobei.collision;

/** A rep reported a collision by hand and its case was opened: {@code collision-resolution} starts for it. */
public record CollisionReported(Collision collision) {
}
