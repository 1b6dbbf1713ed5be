package dev.earshot.spatial.room;

/**
 * Bad input to {@link RoomRender}: the message starts with the offending item, named as the
 * {@code earshot room} option that carries it (for example {@code --source}), and says what was
 * expected.
 */
public final class RoomInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String item;

    /**
     * @param item    the offending item, e.g. {@code --dims}
     * @param problem what is wrong and what was expected
     */
    public RoomInputException(String item, String problem) {
        super(item + ": " + problem);
        this.item = item;
    }

    /** @return the offending item, e.g. {@code --absorption} */
    public String item() {
        return item;
    }
}
