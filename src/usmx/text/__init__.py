"""Reading prose: documents, sentences, quantities, time expressions, claims and links.

Every offset produced here refers to the text as read (after decoding, or after HTML
extraction), because users paste those spans back into their editors and annotation
tools; normalisation for matching therefore never changes the length of the text.
"""
