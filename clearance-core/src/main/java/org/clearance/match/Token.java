package org.clearance.match;

import java.util.Set;

/**
 * One comparable name part with what matching needs precomputed: its phonetic code, its weight
 * (rarer parts say more), and alternative readings (a Wade-Giles syllable's pinyin, a Uyghur name's
 * canonical Latin form) under which it also meets other parts.
 */
record Token(String text, String phonetic, double weight, Set<String> readings) {}
