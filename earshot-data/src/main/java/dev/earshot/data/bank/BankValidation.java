package dev.earshot.data.bank;

/** How strictly a bank reader treats clips that cannot be used. */
public enum BankValidation {
    /** Any problem throws a {@link BankFormatException} naming the item. */
    STRICT,
    /**
     * Clips whose audio file is missing or whose labels are unknown are left out and reported by the
     * reader (malformed manifests, duplicate ids and sources in two splits still throw).
     */
    SKIP_BAD_CLIPS
}
