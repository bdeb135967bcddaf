package org.osee.knowledge.load;

/** Turns the raw content of one kind of file into a {@link Document}. */
public interface DocumentLoader {
    /**
     * @throws org.osee.knowledge.BadInputException when the file cannot be read as this kind,
     *                                              with a message that serves as skip reason
     */
    Document load(SourceFile file);
}
