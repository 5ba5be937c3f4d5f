package org.healthlibrary.assistant.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Renders the inline content of a Markdown node as plain text: words only, link targets and
 * emphasis marks dropped, line breaks as spaces. Not thread-safe (a new instance per use).
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    static String of(Node node) {
        PlainText v = new PlainText();
        node.accept(v);
        return v.out.toString().replaceAll("\\s+", " ").strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append(' ');
    }
}
