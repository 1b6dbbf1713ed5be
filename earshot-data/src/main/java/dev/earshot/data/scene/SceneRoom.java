package dev.earshot.data.scene;

import dev.earshot.spatial.geom.Vec3;

/**
 * The shoebox of a scene.
 *
 * @param dimensionsM   length x, width y, height z in metres (Earshot room frame)
 * @param alpha         energy absorption of every wall, in (0, 1)
 * @param targetT30Ms   the full-band T30 the absorption was designed for (Sabine, before clipping alpha)
 */
public record SceneRoom(Vec3 dimensionsM, double alpha, double targetT30Ms) {
    /** @throws IllegalArgumentException on a null dimension vector or alpha outside (0, 1) */
    public SceneRoom {
        if (dimensionsM == null || !(alpha > 0 && alpha < 1) || !(targetT30Ms > 0)) {
            throw new IllegalArgumentException("invalid room: dims " + dimensionsM + ", alpha " + alpha
                    + ", target T30 " + targetT30Ms + " ms");
        }
    }

    /** @return floor area x*y in m^2 */
    public double floorAreaM2() {
        return dimensionsM.x() * dimensionsM.y();
    }
}
