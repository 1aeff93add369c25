package io.baobei.collision;

public class CollisionNotFoundException extends RuntimeException {

    public CollisionNotFoundException(String collisionId) {
        super("No collision " + collisionId);
    }
}
