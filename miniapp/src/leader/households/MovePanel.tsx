import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { moveHousehold } from '../../api/routes'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import type { groupChoices } from '../../lib/leader'
import { useAction } from '../../lib/useAction'

type Household = { id: string; headName: string; groupId: string }

/** Moves a household to another group of the village (kept as history by the server). */
export function MovePanel({
  household,
  groups,
  onDone,
  onCancel,
}: {
  household: Household
  groups: ReturnType<typeof groupChoices>
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const [to, setTo] = useState('')
  const move = useAction()
  const confirm = () =>
    move.run(async () => {
      await moveHousehold(household.id, to)
      onDone(`已把 ${household.headName} 户调到 ${groups.find((g) => g.id === to)!.label}`)
    })
  return (
    <View data-testid="move">
      <Text className="muted">把 {household.headName} 户调到：</Text>
      <Chips
        options={groups.filter((g) => g.id !== household.groupId).map((g) => g.id)}
        value={to}
        onChange={setTo}
        label={(id) => groups.find((g) => g.id === id)!.label}
      />
      {move.error && <Text className="error">{move.error}</Text>}
      <Button className="button" disabled={!to} loading={move.busy} onClick={confirm}>
        调到这个小组
      </Button>
      <Button className="button button--plain" onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
