package org.corroborate.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code VERB}, {@code AUX}, {@code ADP}, {@code PART},
 * ...) of a sentence's tokens, from Apache OpenNLP's English model trained on the UD English Web Treebank (the
 * {@code opennlp-models-pos-en} artifact, Apache License 2.0), loaded from the class path when first needed.
 * Thread-safe: the model is shared, each thread has its own tagger over it.
 */
final class PartsOfSpeech {

    /** The model file inside the {@code opennlp-models-pos-en} jar. */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private PartsOfSpeech() {
    }

    private static final class Holder {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("part-of-speech model " + MODEL_RESOURCE
                            + " not on the class path (artifact org.apache.opennlp:opennlp-models-pos-en)");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL_RESOURCE, e);
            }
        }

        static final ThreadLocal<POSTaggerME> TAGGER =
                ThreadLocal.withInitial(() -> new POSTaggerME(MODEL, POSTagFormat.UD));
    }

    /** The tags of {@code tokens}, one per token, in order. */
    static String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return words.length == 0 ? words : Holder.TAGGER.get().tag(words);
    }
}
