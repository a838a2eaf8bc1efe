import { View } from '@tarojs/components'
import { Outcome } from '../parts/Outcome'
import type { Household, Office } from '../parts/office'
import { useWrite } from '../parts/useWrite'
import { Adjustment } from './Adjustment'
import { NegativeList } from './NegativeList'

/** A household's beans as the office handles them: the town's adjustment, and the negative list. */
export function HouseholdBeans({
  office,
  household,
  changed,
}: {
  office: Office
  household: Household
  changed: () => void
}) {
  const write = useWrite()
  return (
    <View className="office-form">
      <Outcome write={write} />
      {office.isTown && <Adjustment household={household} write={write} changed={changed} />}
      <NegativeList
        household={household}
        mayRestrict={office.isTown || office.role === 'villageLeader'}
        write={write}
        changed={changed}
      />
    </View>
  )
}
