package dev.earshot.spatial.render;

/**
 * Mono to stereo: equal-power pan plus a Woodworth interaural time difference on the far ear, both
 * driven by the lateral angle and interpolated per sample across each block.
 */
final class StereoPanStage implements BlockProcessor {
    private final VariableDelay left;
    private final VariableDelay right;
    private final double sampleRateHz;

    StereoPanStage(int sampleRateHz) {
        this.sampleRateHz = sampleRateHz;
        double max = StereoRenderer.MAX_ITD_S * sampleRateHz + 1;
        this.left = new VariableDelay(max);
        this.right = new VariableDelay(max);
    }

    @Override
    public void process(RenderBlock b) {
        double lat0 = StereoRenderer.lateralAngleRad(b.startDirection);
        double lat1 = StereoRenderer.lateralAngleRad(b.endDirection);
        double p0 = StereoRenderer.panAngleRad(lat0);
        double p1 = StereoRenderer.panAngleRad(lat1);
        // Signed ITD in samples: positive means the right ear lags (source on the left).
        double i0 = Math.signum(lat0) * StereoRenderer.woodworthItdS(lat0) * sampleRateHz;
        double i1 = Math.signum(lat1) * StereoRenderer.woodworthItdS(lat1) * sampleRateHz;
        float[] x = b.mono;
        float[] outL = b.out[0];
        float[] outR = b.out[1];
        int n = b.size;
        boolean moving = p0 != p1;
        double gl = Math.sin(p0);
        double gr = Math.cos(p0);
        for (int k = 0; k < n; k++) {
            double itd = i0;
            if (moving) {
                double f = (double) k / n;
                double p = p0 + f * (p1 - p0);
                gl = Math.sin(p);
                gr = Math.cos(p);
                itd = i0 + f * (i1 - i0);
            }
            float s = x[k];
            outL[k] = (float) (gl * left.tick(s, itd < 0 ? -itd : 0));
            outR[k] = (float) (gr * right.tick(s, itd > 0 ? itd : 0));
        }
    }
}
