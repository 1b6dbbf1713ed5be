package dev.earshot.ml.model;

import java.util.List;

/**
 * A state_dict that does not fit a model: tensors the model needs are missing, tensors it does not know are
 * present, or tensors have the wrong shape. The message lists every offending key (with expected and actual
 * shapes), so one run shows the whole mismatch.
 */
public final class StateDictMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> missing;
    private final transient List<String> unexpected;
    private final transient List<String> misshapen;

    /**
     * @param source     where the weights came from (file name or description)
     * @param model      the model description (kind and config)
     * @param missing    required keys absent from the state_dict
     * @param unexpected keys the model does not know
     * @param misshapen  "key: expected [..], got [..]" for each wrong shape
     */
    public StateDictMismatchException(String source, String model, List<String> missing, List<String> unexpected,
            List<String> misshapen) {
        super(source + " does not fit " + model + ": " + missing.size() + " missing " + missing + "; "
                + unexpected.size() + " unexpected " + unexpected + "; " + misshapen.size() + " misshapen "
                + misshapen);
        this.missing = List.copyOf(missing);
        this.unexpected = List.copyOf(unexpected);
        this.misshapen = List.copyOf(misshapen);
    }

    /** @return required keys absent from the state_dict */
    public List<String> missing() {
        return missing;
    }

    /** @return keys the model does not know */
    public List<String> unexpected() {
        return unexpected;
    }

    /** @return descriptions of the wrong shapes */
    public List<String> misshapen() {
        return misshapen;
    }
}
