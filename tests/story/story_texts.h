// Short invented articles shared by the story tests: four about one earthquake, three about
// one football final, so that any clusterer should find exactly two stories.
#ifndef PRECIS_TESTS_STORY_STORY_TEXTS_H_
#define PRECIS_TESTS_STORY_STORY_TEXTS_H_

namespace precis::story_texts {

inline const char* const kQuake[] = {
    "A strong earthquake struck central Chile on Monday, killing at least twelve people and "
    "destroying homes in the port city of Valparaiso. Rescue teams searched the rubble.",
    "Rescue teams in Chile pulled survivors from collapsed buildings after the earthquake. "
    "The death toll in Valparaiso rose to twenty, officials said.",
    "Aftershocks rattled Valparaiso as Chile counted the damage from the earthquake. "
    "Thousands of residents slept outside, fearing their homes would collapse.",
    "Chile asked for international aid after the earthquake left thousands homeless around "
    "Valparaiso. Rescue teams continued to search the rubble for survivors.",
};

inline const char* const kFinal[] = {
    "Barcelona won the European football final on Saturday, beating Juventus two goals to "
    "one in Berlin. Messi scored the winning goal in the second half.",
    "Fans of Barcelona celebrated in the streets after the final against Juventus. Messi "
    "lifted the trophy in Berlin as the football club won its fifth European title.",
    "Juventus players were left in tears after losing the football final to Barcelona in "
    "Berlin. The Italian club had hoped Messi would be stopped.",
};

}  // namespace precis::story_texts

#endif  // PRECIS_TESTS_STORY_STORY_TEXTS_H_
