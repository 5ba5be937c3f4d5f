package org.healthlibrary.assistant.knowledge;

/**
 * An article file that cannot be used, with a reason an editor can act on ("front matter has
 * no title", "body is empty"). Never carries patient data: articles are library content.
 */
public class ArticleFormatException extends Exception {

    public ArticleFormatException(String reason) {
        super(reason);
    }

    public ArticleFormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
