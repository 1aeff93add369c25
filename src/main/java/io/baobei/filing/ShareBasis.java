package io.baobei.filing;

/** What split a filing's customer: {@code COLLISION} (id of the collision) or {@code ASSIST} (the filing's id). */
public record ShareBasis(String basis, String basisId) {

    public static final String COLLISION = "COLLISION";
    public static final String ASSIST = "ASSIST";
}
