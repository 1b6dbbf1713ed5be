package dev.earshot.ml.model;

/** Which encoder architecture: Spatial-AST (SPEC 1) or DSpAST (SPEC 2). */
public enum ModelKind {
    /** zszheng147/Spatial-AST: 4 input maps, one conv front end, 3 CLS tokens, linear heads. */
    SPATIAL_AST(4),
    /** wilkinghoff/DSpAST: 6 input maps, 3 channel-attention front ends, 3 token streams, AdaCos heads. */
    DSPAST(6);

    private final int inputChannels;

    ModelKind(int inputChannels) {
        this.inputChannels = inputChannels;
    }

    /** @return the number of feature maps the model takes (4 or 6) */
    public int inputChannels() {
        return inputChannels;
    }
}
