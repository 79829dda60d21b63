package org.clearance.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.model.NameKind;
import org.clearance.names.NameText;

/** Turns names into {@link PreparedName}s with the weights of one index. */
final class NamePreparer {
    private final TokenWeights weights;

    NamePreparer(TokenWeights weights) {
        this.weights = weights;
    }

    PreparedName prepare(String name, NameKind kind) {
        List<String> parts = NameText.tokens(name);
        List<Token> tokens = new ArrayList<>(parts.size());
        for (String p : parts) {
            tokens.add(new Token(p, TokenSimilarity.phonetic(p), weights.of(p), Set.of()));
        }
        return new PreparedName(name, kind, List.copyOf(tokens));
    }
}
