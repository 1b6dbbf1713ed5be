package dev.earshot.spatial.room;

/**
 * The six walls of a shoebox room, named as seen from a listener at yaw 0 (facing +x, y to the left).
 * The ordinal is the wall index used by {@link WallAbsorption} arrays.
 */
public enum Wall {
    /** The plane x = 0 (behind a listener facing +x). */
    BACK(0, false),
    /** The plane x = Lx (in front). */
    FRONT(0, true),
    /** The plane y = 0 (to the right, since y points left). */
    RIGHT(1, false),
    /** The plane y = Ly (to the left). */
    LEFT(1, true),
    /** The plane z = 0. */
    FLOOR(2, false),
    /** The plane z = Lz. */
    CEILING(2, true);

    private final int axis;
    private final boolean far;

    Wall(int axis, boolean far) {
        this.axis = axis;
        this.far = far;
    }

    /** @return the axis normal to the wall: 0 = x, 1 = y, 2 = z */
    public int axis() {
        return axis;
    }

    /** @return true for the wall at the room's far extent (x = Lx, y = Ly or z = Lz), false for the one at 0 */
    public boolean isFar() {
        return far;
    }

    /**
     * @param axis 0, 1 or 2
     * @param far  whether the wall lies at the far extent
     * @return the wall on that axis and side
     */
    public static Wall of(int axis, boolean far) {
        return values()[axis * 2 + (far ? 1 : 0)];
    }
}
