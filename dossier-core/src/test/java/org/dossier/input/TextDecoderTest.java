package org.dossier.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void latin1DeclaredInMetaCharsetIsDecoded() throws Exception {
        String text = "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u00e9 cr\u00e8me</body></html>";
        assertTrue(TextDecoder.decode(text.getBytes(Charset.forName("ISO-8859-1")), true).contains("Caf\u00e9 cr\u00e8me"));
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() throws Exception {
        String text = "<meta charset=\"windows-1252\"><p>Stra\u00dfe \u2013 \u201cquoted\u201d</p>";
        assertTrue(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), true).contains("Stra\u00dfe \u2013 \u201cquoted\u201d"));
    }

    @Test
    void cyrillicMislabelledAsUtf8IsDecodedFromItsMetaDeclaration() throws Exception {
        String text = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430</p></body></html>";
        assertTrue(TextDecoder.decode(text.getBytes("windows-1251"), true).contains("\u041c\u043e\u0441\u043a\u0432\u0430"));
    }

    @Test
    void byteOrderMarksAreHonoured() throws Exception {
        assertEquals("hi", TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'}, false));
        assertEquals("hi", TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}, false));
    }

    @Test
    void undeclaredLegacyHtmlFallsBackToWindows1252() throws Exception {
        byte[] cp1252 = {'<', 'p', '>', 'n', (byte) 0xE9, 'e', ' ', (byte) 0x93, 'x', (byte) 0x94, ' ', 'a', 'n', 'd', ' ', 'm', 'o', 'r', 'e'};
        assertEquals("<p>n\u00e9e \u201cx\u201d and more", TextDecoder.decode(cp1252, true));
    }

    @Test
    void invalidUtf8InATextPageIsAnErrorNamingTheOffset() {
        byte[] bytes = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        PageReader.BadPageException e = assertThrows(PageReader.BadPageException.class, () -> TextDecoder.decode(bytes, false));
        assertEquals("invalid UTF-8 text near byte 3", e.getMessage());
    }

    @Test
    void mostlyHighBytesWithNoFittingDeclarationAreAnError() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + (i * 37) % 0x7f);
        }
        assertThrows(PageReader.BadPageException.class, () -> TextDecoder.decode(bytes, true));
    }

    @Test
    void replacementCharacterThePageWritesIsKept() throws Exception {
        String text = "Die Datei enth\u00e4lt \ufffd an der Stelle eines unlesbaren Zeichens.";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void badByteAfterAWrittenReplacementCharacterIsStillNamed() {
        byte[] head = "na\u00efve \ufffd ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9; // Latin-1 '\u00e9' inside UTF-8
        bytes[head.length + 1] = 'x';
        PageReader.BadPageException e = assertThrows(PageReader.BadPageException.class, () -> TextDecoder.decode(bytes, false));
        assertEquals("invalid UTF-8 text near byte " + head.length, e.getMessage());
    }
}
