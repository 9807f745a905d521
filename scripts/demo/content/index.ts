import { features } from './articles/features'
import { autumnNominations } from './articles/nominations-autumn'
import { earlySummerNominations } from './articles/nominations-early-summer'
import { springNominations } from './articles/nominations-spring'
import { summerNominations } from './articles/nominations-summer'
import { views } from './articles/views'
import { featureThreads } from './comments-features'
import { mobilityThread } from './comments-mobilites'
import { nominationThreads } from './comments-nominations'
import { numeriaThread } from './comments-numeria'
import { journalists } from './journalists'
import { employerOrganisations } from './organisations-employers'
import { societyOrganisations } from './organisations-society'
import { otherPeople } from './people-others'
import { intervieweesA } from './people-interviewees-a'
import { intervieweesB } from './people-interviewees-b'
import type { ArticleInput, ThreadInput } from './types'

export const organisations = [...employerOrganisations, ...societyOrganisations]
export const people = [...intervieweesA, ...intervieweesB, ...otherPeople, ...journalists]
export const articles: ArticleInput[] = [
  ...autumnNominations,
  ...summerNominations,
  ...earlySummerNominations,
  ...springNominations,
  ...features,
  ...views,
]
export const threads: ThreadInput[] = [
  ...numeriaThread,
  ...nominationThreads,
  ...featureThreads,
  ...mobilityThread,
]
