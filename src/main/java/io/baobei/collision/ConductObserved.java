package io.baobei.collision;

/**
 * A violation or reward that a collision or a signed collided deal gives rise to (rules C8, C9, C10, X2,
 * X3), reported to the conduct ledger.
 */
public record ConductObserved(String person, boolean reward, String code, String collisionId, String detail) {

    public static ConductObserved violation(String person, String code, String collisionId, String detail) {
        return new ConductObserved(person, false, code, collisionId, detail);
    }

    public static ConductObserved reward(String person, String code, String collisionId, String detail) {
        return new ConductObserved(person, true, code, collisionId, detail);
    }
}
