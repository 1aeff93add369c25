package io.baobei.collision;

import java.time.OffsetDateTime;

record CollisionEvent(String type, String actor, OffsetDateTime occurredAt, String detail) {
}
