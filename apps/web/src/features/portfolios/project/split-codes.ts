/** Budget line codes typed as a list: commas, semicolons or line breaks between them. */
export const splitCodes = (text: string) => text.split(/[,;\n]/).map((code) => code.trim()).filter(Boolean);
