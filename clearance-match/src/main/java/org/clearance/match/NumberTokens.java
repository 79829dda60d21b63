package org.clearance.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.model.Schema;
import org.clearance.names.NumberParts;

/**
 * A prepared name's parts with their numbers read ({@link NumberParts}): each part that writes a number carries
 * its value, a number spelled in several words becomes one part, and a word announcing a number ("No.") is left
 * out, so that the scorer can pair numbers by value and tell when two names hold different ones. A ruler's ordinal
 * weighs as a title: left out by the other name it says little against it, and two that differ still disagree.
 */
final class NumberTokens {
    private NumberTokens() {}

    static List<Token> read(List<Token> tokens, Schema schema, TokenWeights weights) {
        List<String> texts = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            texts.add(t.text());
        }
        List<NumberParts.Part> parts = NumberParts.get().read(texts, kind(schema));
        List<Token> out = new ArrayList<>(parts.size());
        for (NumberParts.Part p : parts) {
            Token first = tokens.get(p.from());
            if (p.number() == null) {
                out.add(first);
            } else if (p.to() - p.from() == 1) {
                out.add(first.numbered(p.number(), p.regnal() ? weights.title() : first.weight()));
            } else {
                // weighs as its digits do in the lists, so that "forty four" and "44" weigh alike
                out.add(new Token(p.text(), TokenSimilarity.phonetic(p.text()), weights.of(p.number()), Set.of(), null, false)
                        .numbered(p.number(), p.regnal() ? weights.title() : weights.of(p.number())));
            }
        }
        return out;
    }

    private static NumberParts.Kind kind(Schema schema) {
        return switch (schema) {
            case PERSON -> NumberParts.Kind.PERSON;
            case LEGAL_ENTITY -> NumberParts.Kind.EITHER;
            case ORGANIZATION, COMPANY, VESSEL, AIRCRAFT -> NumberParts.Kind.ORGANISATION;
        };
    }
}
