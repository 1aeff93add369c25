package io.baobei.collision;

import java.time.OffsetDateTime;

public record CollisionEvent(String type, String actor, OffsetDateTime occurredAt, String detail) {
}
