"""The examination lexicon shared by importers and the lookup agent."""
