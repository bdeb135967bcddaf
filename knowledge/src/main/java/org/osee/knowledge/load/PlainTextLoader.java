package org.osee.knowledge.load;

import java.util.List;

/** Plain text: one section, titled by the file name. */
public final class PlainTextLoader implements DocumentLoader {

    @Override
    public Document load(SourceFile file) {
        String text = file.text().replace("\r\n", "\n").replace('\r', '\n').strip();
        return new Document(file.source(), file.baseName(), null, null, List.of(new Section(List.of(), null, text, null)));
    }
}
